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
package org.xwiki.contrib.gov.actor;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who performs an operation: a signed-in user, an anonymous visitor, or the system itself (start-up data, imports and
 * background jobs started by the software, never by a request).
 *
 * @param kind what kind of actor this is
 * @param id the user id (a serialized user reference inside XWiki, the login in the sandbox); empty unless
 *     {@link Kind#USER}
 * @param displayName the name to show
 * @param locale the language the actor reads
 * @version $Id$
 * @since 1.0
 */
public record Actor(Kind kind, String id, String displayName, Locale locale)
{
    /** The id recorded in the audit log for operations done by the system. */
    public static final String SYSTEM_ID = "(system)";

    /**
     * The kinds of actor.
     */
    public enum Kind
    {
        /** A signed-in user. */
        USER,
        /** A visitor who has not signed in. */
        ANONYMOUS,
        /** The software itself. */
        SYSTEM
    }

    /**
     * Checks the fields.
     */
    public Actor
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
        if (kind == Kind.USER && id.isBlank()) {
            throw new IllegalArgumentException("A user actor needs an id");
        }
    }

    /**
     * @param id the user id
     * @param displayName the user's name
     * @param locale the user's language
     * @return a signed-in user
     */
    public static Actor user(String id, String displayName, Locale locale)
    {
        return new Actor(Kind.USER, id, displayName, locale);
    }

    /**
     * @param locale the visitor's language
     * @return an anonymous visitor
     */
    public static Actor anonymous(Locale locale)
    {
        return new Actor(Kind.ANONYMOUS, "", "", locale);
    }

    /**
     * @return the system actor, for work the software does on its own
     */
    public static Actor system()
    {
        return new Actor(Kind.SYSTEM, SYSTEM_ID, SYSTEM_ID, Locale.ENGLISH);
    }

    /**
     * @return the user id, empty for anonymous visitors and the system
     */
    public Optional<String> userId()
    {
        return this.kind == Kind.USER ? Optional.of(this.id) : Optional.empty();
    }

    /**
     * @return {@code true} for a visitor who has not signed in
     */
    public boolean isAnonymous()
    {
        return this.kind == Kind.ANONYMOUS;
    }

    /**
     * @return {@code true} for the software itself
     */
    public boolean isSystem()
    {
        return this.kind == Kind.SYSTEM;
    }

    /**
     * @return the id to record in the audit log
     */
    public String auditId()
    {
        return this.kind == Kind.ANONYMOUS ? "(anonymous)" : this.id;
    }
}
