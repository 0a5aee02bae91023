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
package org.xwiki.contrib.gov.platform.internal.page;

import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.bridge.DocumentAccessBridge;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.wikitext.HostPageLinks;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.DocumentReferenceResolver;

/**
 * A link to a wiki page in a guideline's text ({@code [[Conduct>>HR.Conduct]]}) points at the view of that document,
 * resolved against the current wiki, when it exists; otherwise its label stays text.
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiPageLinks implements HostPageLinks
{
    @Inject
    @Named("current")
    private DocumentReferenceResolver<String> resolver;

    @Inject
    private DocumentAccessBridge documents;

    @Inject
    private Logger logger;

    @Override
    public Optional<String> urlOf(String pageReference)
    {
        DocumentReference document = this.resolver.resolve(pageReference);
        try {
            if (!this.documents.exists(document)) {
                return Optional.empty();
            }
            return Optional.of(this.documents.getDocumentURL(document, "view", null, null));
        } catch (Exception e) {
            // A document the wiki cannot load is shown as its label, as one that does not exist.
            this.logger.warn("Cannot link to [{}] from a guideline's text: {}", pageReference, e.getMessage());
            return Optional.empty();
        }
    }
}
