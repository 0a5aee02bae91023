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
package org.xwiki.contrib.gov.profiles.internal.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.ProfileView;

/**
 * A profile as a vCard 4.0 (RFC 6350), holding only what the viewer may see: the {@link ProfileView} has already left
 * out the hidden fields. Text is escaped and long lines folded as the RFC requires; each skill goes into an
 * {@code EXPERTISE} of its own (RFC 6715).
 *
 * @version $Id$
 */
public final class VCard
{
    private static final String CRLF = "\r\n";

    private static final int MAX_LINE_OCTETS = 75;

    private VCard()
    {
    }

    /**
     * @param view the profile as the viewer sees it
     * @param organisation the agency's name then the unit's, as the viewer reads them (empty when unknown)
     * @return the vCard text, lines ending in CRLF
     */
    public static String of(ProfileView view, List<String> organisation)
    {
        PersonalDetails details = view.details();
        StringBuilder card = new StringBuilder();
        line(card, "BEGIN:VCARD");
        line(card, "VERSION:4.0");
        line(card, "KIND:individual");
        line(card, "FN:" + text(view.hr().displayName()));
        details.preferredName().ifPresent(name -> line(card, "NICKNAME:" + text(name)));
        view.hr().positionTitle().ifPresent(title -> line(card, "TITLE:" + text(title)));
        if (!organisation.isEmpty()) {
            line(card, "ORG:" + String.join(";", organisation.stream().map(VCard::text).toList()));
        }
        details.email().ifPresent(email -> line(card, "EMAIL;TYPE=work:" + text(email)));
        details.phone().ifPresent(phone -> line(card, "TEL;TYPE=work,voice;VALUE=text:" + text(phone)));
        details.location().ifPresent(location -> line(card, "ADR;TYPE=work;LABEL=\"" + parameter(location)
            + "\":;;" + text(location) + ";;;;"));
        int preference = 1;
        for (LanguageSkill language : details.languages()) {
            line(card, "LANG;PREF=" + preference++ + ':' + text(language.languageTag()));
        }
        for (ProfessionalLink link : details.links()) {
            line(card, "URL;TYPE=" + (link.capacity() == LinkCapacity.OFFICIAL ? "work" : "home") + ':'
                + link.url().replaceAll("[\\r\\n]", ""));
        }
        // EXPERTISE holds one text value: a list in one would reach parsers as a single skill.
        details.skills().forEach(skill -> line(card, "EXPERTISE:" + text(skill)));
        details.bio().ifPresent(bio -> line(card, "NOTE:" + text(bio)));
        line(card, "UID:urn:gov:user:" + text(view.userId()));
        line(card, "END:VCARD");
        return card.toString();
    }

    /** Escapes a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4). */
    private static String text(String value)
    {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A quoted parameter value may not hold a double quote or a line break (RFC 6868 aside). */
    private static String parameter(String value)
    {
        return value.replaceAll("[\"\\r\\n]", " ");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets, never inside a UTF-8 sequence. */
    private static void line(StringBuilder card, String content)
    {
        int octets = 0;
        int index = 0;
        while (index < content.length()) {
            int codePoint = content.codePointAt(index);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                card.append(CRLF).append(' ');
                octets = 1;
            }
            card.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
        card.append(CRLF);
    }
}
