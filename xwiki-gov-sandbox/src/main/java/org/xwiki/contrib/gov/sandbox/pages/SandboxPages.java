/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.sandbox.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.CollaborationPages;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;

/**
 * The sandbox's stand-in for XWiki's documents in a cross-agency space: who may read and write is asked of
 * {@link CollaborationSpaces} before anything is looked up, the same answer XWiki's rights give inside XWiki. Someone
 * who may not read a space's content gets the answer of a page that does not exist, whatever the space. Each save is
 * a new version with its author and time, audited in its transaction; a save over a version someone else saved since
 * is refused and changes nothing.
 *
 * @version $Id$
 */
@Component(roles = { SandboxPages.class, CollaborationPages.class })
@Singleton
public class SandboxPages implements CollaborationPages
{
    /** The longest title. */
    public static final int MAX_TITLE = 200;

    /** The longest text. */
    public static final int MAX_CONTENT = 200_000;

    private static final int MAX_NAME = 100;

    /** Characters XWiki gives a meaning in page references, left out of the names made from titles. */
    private static final Pattern RESERVED = Pattern.compile("[.:\\\\/\\[\\]{}|<>^~@#?&=%\"\\s]+");

    private static final String PAGES_URL = "/pages?space=";

    private static final String NAME_PARAMETER = "&name=";

    private static final String UNKNOWN = "gov.sandbox.error.page.unknown";

    @Inject
    private GovStore store;

    @Inject
    private JdbcSandboxPageStore pages;

    @Inject
    private CollaborationSpaces spaces;

    @Inject
    private AuditLog auditLog;

    @Inject
    private WikiTextRenderer renderer;

    @Inject
    private WikiDirectory directory;

    @Inject
    private Clock clock;

    @Override
    public List<CollaborationPage> listPages(String spaceKey, int limit) throws GovException
    {
        return this.store.inTransaction(connection -> this.pages.listLatest(connection, spaceKey, limit)).stream()
            .map(page -> new CollaborationPage(page.name(), page.title(), page.version(), page.author(),
                page.savedAt(), urlOf(page.spaceKey(), page.name())))
            .toList();
    }

    @Override
    public String getNewPageUrl(String spaceKey)
    {
        return PAGES_URL + encode(spaceKey);
    }

    /**
     * @param actor who asks
     * @param spaceKey a space
     * @return what the actor may do with its pages
     * @throws GovException when the store fails
     */
    public ContentAccess getAccess(Actor actor, String spaceKey) throws GovException
    {
        return actor.userId().isPresent() ? this.spaces.getAccess(actor.userId().get(), spaceKey)
            : ContentAccess.NONE;
    }

    /**
     * @param actor who reads
     * @param spaceKey the space
     * @param name the page
     * @param version the version to read; empty for the latest
     * @return that version of the page
     * @throws GovException when the actor may not read the space's content, or there is no such page or version
     */
    public SandboxPage get(Actor actor, String spaceKey, String name, Optional<Integer> version) throws GovException
    {
        requireAccess(actor, spaceKey, false);
        return this.store.inTransaction(connection -> (version.isPresent()
            ? this.pages.findVersion(connection, spaceKey, name, version.get())
            : this.pages.find(connection, spaceKey, name))
            .orElseThrow(() -> new NotFoundException(UNKNOWN)));
    }

    /**
     * @param actor who reads
     * @param spaceKey the space
     * @param name the page
     * @return its versions, newest first
     * @throws GovException when the actor may not read the space's content, or there is no such page
     */
    public List<SandboxPage> getHistory(Actor actor, String spaceKey, String name) throws GovException
    {
        requireAccess(actor, spaceKey, false);
        List<SandboxPage> versions =
            this.store.inTransaction(connection -> this.pages.listVersions(connection, spaceKey, name));
        if (versions.isEmpty()) {
            throw new NotFoundException(UNKNOWN);
        }
        return versions;
    }

    /**
     * @param page a version of a page the caller may read
     * @return its text as safe XHTML, links to other pages of the space pointing at them
     * @throws GovException when the text cannot be parsed
     */
    public String render(SandboxPage page) throws GovException
    {
        WikiPageLinks links = reference -> Optional.of(urlOf(page.spaceKey(), nameOf(reference)));
        return this.renderer.toXhtml(page.content(), links);
    }

    /**
     * Writes a new page.
     *
     * @param actor who writes: someone who may edit the space's content
     * @param spaceKey the space
     * @param title the title (the page's name is made from it)
     * @param content the text in XWiki 2.1 syntax
     * @return the first version
     * @throws GovException when the actor may not write, the input is invalid or a page of that name exists
     */
    public SandboxPage create(Actor actor, String spaceKey, String title, String content) throws GovException
    {
        requireAccess(actor, spaceKey, true);
        String checkedTitle = Inputs.requireText("gov.sandbox.page.field.title", title, MAX_TITLE);
        String checkedContent = checkedContent(content);
        String name = nameOf(checkedTitle);
        if (name.isEmpty()) {
            throw new GovException("gov.sandbox.error.page.name", checkedTitle);
        }
        return this.store.inTransaction(connection -> {
            SandboxPage page = new SandboxPage(spaceKey, name, checkedTitle, checkedContent, 1,
                actor.userId().orElseThrow(), this.clock.instant());
            if (!this.pages.create(connection, page)) {
                throw new GovException("gov.sandbox.error.page.exists", name);
            }
            audit(actor, page);
            return page;
        });
    }

    /**
     * Saves a new version of a page.
     *
     * @param actor who writes: someone who may edit the space's content
     * @param spaceKey the space
     * @param name the page
     * @param baseVersion the version the actor edited
     * @param title the new title
     * @param content the new text in XWiki 2.1 syntax
     * @return the new version
     * @throws GovException when the actor may not write, the input is invalid, there is no such page, or someone saved
     *     a version after {@code baseVersion} (nothing is then written)
     */
    public SandboxPage save(Actor actor, String spaceKey, String name, int baseVersion, String title, String content)
        throws GovException
    {
        requireAccess(actor, spaceKey, true);
        String checkedTitle = Inputs.requireText("gov.sandbox.page.field.title", title, MAX_TITLE);
        String checkedContent = checkedContent(content);
        return this.store.inTransaction(connection -> {
            SandboxPage current = this.pages.find(connection, spaceKey, name)
                .orElseThrow(() -> new NotFoundException(UNKNOWN));
            SandboxPage saved = new SandboxPage(spaceKey, name, checkedTitle, checkedContent, baseVersion + 1,
                actor.userId().orElseThrow(), this.clock.instant());
            if (current.version() != baseVersion || !this.pages.update(connection, saved)) {
                SandboxPage newer = this.pages.find(connection, spaceKey, name).orElse(current);
                throw new GovException("gov.sandbox.error.page.conflict", newer.version(),
                    this.directory.getDisplayName(newer.author()).orElse(newer.author()));
            }
            audit(actor, saved);
            return saved;
        });
    }

    /**
     * @param title a page's title, or a link's reference
     * @return the page's name: the title without the characters page references reserve, at most 100 characters
     */
    static String nameOf(String title)
    {
        String name = RESERVED.matcher(title).replaceAll(" ").strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name;
    }

    private void requireAccess(Actor actor, String spaceKey, boolean edit) throws GovException
    {
        ContentAccess access = getAccess(actor, spaceKey);
        if (!access.canView()) {
            // The same answer as an unknown page: nothing tells whether the space or the page exists.
            throw new NotFoundException(UNKNOWN);
        }
        if (edit && !access.canEdit()) {
            throw new AccessDeniedException("sandbox.page.edit");
        }
    }

    private static String checkedContent(String content) throws GovException
    {
        String text = content == null ? "" : content.replace("\r\n", "\n");
        if (text.length() > MAX_CONTENT) {
            throw new GovException("gov.sandbox.error.page.tooLong");
        }
        return text;
    }

    private void audit(Actor actor, SandboxPage page) throws GovException
    {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("space", page.spaceKey());
        payload.put("page", page.name());
        payload.put("version", page.version());
        this.auditLog.append(actor, "sandbox.page.saved", payload);
    }

    private static String urlOf(String spaceKey, String name)
    {
        return PAGES_URL + encode(spaceKey) + NAME_PARAMETER + encode(name);
    }

    private static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
