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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Profile;
import org.xwiki.contrib.gov.profiles.Visibility;

import static org.xwiki.contrib.gov.profiles.internal.search.IndexFields.KEYWORD;
import static org.xwiki.contrib.gov.profiles.internal.search.IndexFields.TEXT;
import static org.xwiki.contrib.gov.profiles.internal.search.IndexFields.scoped;

/**
 * Turns a profile into its search document. Only the values the search uses are indexed: names, title, skills,
 * biography, languages, location, availability; each person-owned one in the field of its visibility.
 *
 * @version $Id$
 */
public final class ProfileDocuments
{
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final ProfileAnalyzer analyzer;

    /**
     * @param analyzer the analyzer of the index, to split endorsed skills into words
     */
    public ProfileDocuments(ProfileAnalyzer analyzer)
    {
        this.analyzer = analyzer;
    }

    /**
     * @param profile an active profile
     * @param endorsements the number of endorsements of each endorsed skill
     * @return its document
     */
    public Document build(Profile profile, Map<String, Integer> endorsements)
    {
        Document document = new Document();
        keyword(document, IndexFields.ID, profile.userId(), true);
        document.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(profile.userId())));
        profile.agencyKey().ifPresent(agency -> keyword(document, IndexFields.AGENCY, agency, true));
        profile.unitKey().ifPresent(unit -> keyword(document, IndexFields.UNIT, unit, true));
        String name = profile.hr().displayName();
        document.add(new StoredField(IndexFields.DISPLAY_NAME, name));
        document.add(new SortedDocValuesField(IndexFields.SORT_NAME,
            new BytesRef(sortKey(name) + '\u0000' + profile.userId())));
        text(document, IndexFields.NAME, Visibility.GOVERNMENT, name);
        profile.hr().positionTitle().ifPresent(title -> {
            document.add(new StoredField(IndexFields.POSITION_TITLE, title));
            text(document, IndexFields.TITLE, Visibility.GOVERNMENT, title);
        });
        PersonalDetails details = profile.details();
        details.preferredName().ifPresent(
            preferred -> text(document, IndexFields.NAME, profile.visibilityOf(PersonalField.PREFERRED_NAME),
                preferred));
        Visibility skills = profile.visibilityOf(PersonalField.SKILLS);
        Map<String, Float> strength = new HashMap<>();
        for (String skill : details.skills()) {
            text(document, IndexFields.SKILL, skills, skill);
            keyword(document, scoped(KEYWORD + IndexFields.SKILL, skills), skill, false);
            int count = endorsements.getOrDefault(skill, 0);
            if (count > 0) {
                for (String word : this.analyzer.words(skill)) {
                    strength.merge(word, (float) count, Math::max);
                }
            }
        }
        strength.forEach((word, count) -> document.add(new FeatureField(scoped(IndexFields.ENDORSED, skills), word,
            count)));
        details.bio().ifPresent(
            bio -> text(document, IndexFields.BIO, profile.visibilityOf(PersonalField.BIO), bio));
        Visibility languages = profile.visibilityOf(PersonalField.LANGUAGES);
        for (LanguageSkill language : details.languages()) {
            keyword(document, scoped(KEYWORD + IndexFields.LANGUAGE, languages),
                Locale.forLanguageTag(language.languageTag()).getLanguage(), false);
        }
        details.location().ifPresent(location -> keyword(document,
            scoped(KEYWORD + IndexFields.LOCATION, profile.visibilityOf(PersonalField.LOCATION)), location, false));
        if (details.openToCrossAgencyWork()) {
            keyword(document, scoped(KEYWORD + IndexFields.OPEN, profile.visibilityOf(PersonalField.AVAILABILITY)),
                Boolean.TRUE.toString(), false);
        }
        return document;
    }

    /** Lower case without accents, so that "Élodie" sorts with the e's. */
    private static String sortKey(String name)
    {
        return DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
    }

    private static void text(Document document, String base, Visibility visibility, String value)
    {
        document.add(new TextField(scoped(TEXT + base, visibility), value, Field.Store.NO));
    }

    /** Indexes a value as one term with doc values, for filters and facets. */
    private static void keyword(Document document, String field, String value, boolean stored)
    {
        document.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        if (!IndexFields.ID.equals(field)) {
            document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
