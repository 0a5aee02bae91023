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
package org.xwiki.contrib.gov.platform.internal.user;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.DocumentReferenceResolver;
import org.xwiki.model.reference.EntityReferenceSerializer;
import org.xwiki.model.reference.SpaceReference;
import org.xwiki.model.reference.WikiReference;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

/**
 * The extensions' user and group ids inside XWiki: serialized document references with their wiki
 * ({@code xwiki:XWiki.JaneDoe}), so that one id names one person across a farm; an id without wiki or space is read
 * in the main wiki's {@code XWiki} space, where XWiki keeps users and groups.
 *
 * @version $Id$
 */
@Component(roles = UserIds.class)
@Singleton
public class UserIds
{
    private static final String USERS_SPACE = "XWiki";

    @Inject
    private EntityReferenceSerializer<String> serializer;

    @Inject
    @Named("explicit")
    private DocumentReferenceResolver<String> resolver;

    @Inject
    private WikiDescriptorManager wikis;

    /**
     * @param reference a user's or group's document
     * @return its id
     */
    public String id(DocumentReference reference)
    {
        return this.serializer.serialize(reference);
    }

    /**
     * @param id a user's or group's id
     * @return its document
     */
    public DocumentReference reference(String id)
    {
        WikiReference main = new WikiReference(this.wikis.getMainWikiId());
        return this.resolver.resolve(id, new SpaceReference(USERS_SPACE, main));
    }
}
