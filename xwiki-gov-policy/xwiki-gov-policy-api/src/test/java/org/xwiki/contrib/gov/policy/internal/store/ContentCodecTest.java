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
package org.xwiki.contrib.gov.policy.internal.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.GuidelineContent;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stored form of guideline texts, which their hash is computed over: a plain-text text written before XWiki syntax
 * was offered keeps the exact JSON, and so the hash, its acknowledgements cite.
 *
 * @version $Id$
 */
class ContentCodecTest
{
    /** A text as the release before XWiki syntax stored it. */
    private static final String PLAIN_STORED = "{\"attestation\":{\"en\":\"I will.\",\"fr\":\"Je le ferai.\"},"
        + "\"body\":{\"en\":\"Be kind.\\n\\nBe brief.\",\"fr\":\"Soyez aimable.\"},\"passMark\":0,\"questions\":[],"
        + "\"title\":{\"en\":\"Conduct\",\"fr\":\"Conduite\"}}";

    private final ContentCodec codec = new ContentCodec();

    @Test
    void aPlainTextStoredBeforeXWikiSyntaxReadsAsPlainAndKeepsItsHash()
    {
        GuidelineContent read = this.codec.read(PLAIN_STORED);

        assertEquals(BodySyntax.PLAIN, read.syntax());
        assertEquals(PLAIN_STORED, this.codec.write(read));
        assertEquals(CanonicalJson.sha256(PLAIN_STORED), this.codec.hash(read));
    }

    @Test
    void aTextInXWikiSyntaxSaysSoAndHashesItsSource()
    {
        GuidelineContent wiki = new GuidelineContent(new Bilingual("Conduct", "Conduite"),
            new Bilingual("= Scope =\n* All", "= Portée =\n* Tous"), BodySyntax.XWIKI_21,
            new Bilingual("I will.", "Je le ferai."), List.of(), 0);

        String stored = this.codec.write(wiki);

        assertEquals("{\"attestation\":{\"en\":\"I will.\",\"fr\":\"Je le ferai.\"},\"body\":{\"en\":\"= Scope =\\n* "
            + "All\",\"fr\":\"= Portée =\\n* Tous\"},\"passMark\":0,\"questions\":[],\"syntax\":\"xwiki/2.1\","
            + "\"title\":{\"en\":\"Conduct\",\"fr\":\"Conduite\"}}", stored);
        assertEquals(wiki, this.codec.read(stored));
    }
}
