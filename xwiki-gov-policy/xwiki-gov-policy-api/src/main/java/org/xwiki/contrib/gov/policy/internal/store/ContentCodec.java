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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.Question;

/**
 * Stores guideline texts as canonical JSON, the form their SHA-256 is computed over:
 * {@code {"attestation":{"en","fr"},"body":{…},"passMark":n,"questions":[{"choices":[{"correct","label"}],
 * "prompt"}],"syntax":"xwiki/2.1","title":{…}}}. A plain-text body has no {@code syntax}: texts written before XWiki
 * syntax was offered keep the JSON, and so the hash, their acknowledgements cite.
 *
 * @version $Id$
 */
public final class ContentCodec
{
    private static final String EN = "en";

    private static final String FR = "fr";

    private static final String CHOICES = "choices";

    private static final String SYNTAX = "syntax";

    private final CanonicalJson json = new CanonicalJson();

    /**
     * @param content a text
     * @return its canonical JSON
     */
    public String write(GuidelineContent content)
    {
        ObjectNode root = this.json.object();
        root.set("title", bilingual(content.title()));
        root.set("body", bilingual(content.body()));
        if (content.syntax() != BodySyntax.PLAIN) {
            root.put(SYNTAX, content.syntax().id());
        }
        root.set("attestation", bilingual(content.attestation()));
        root.put("passMark", content.passMark());
        ArrayNode questions = root.putArray("questions");
        for (Question question : content.questions()) {
            ObjectNode node = questions.addObject();
            node.set("prompt", bilingual(question.prompt()));
            ArrayNode choices = node.putArray(CHOICES);
            for (Choice choice : question.choices()) {
                ObjectNode choiceNode = choices.addObject();
                choiceNode.set("label", bilingual(choice.label()));
                choiceNode.put("correct", choice.correct());
            }
        }
        return this.json.write(root);
    }

    /**
     * @param text canonical JSON written by {@link #write}
     * @return the text
     */
    public GuidelineContent read(String text)
    {
        JsonNode root;
        try {
            root = this.json.read(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored guideline text is not JSON", e);
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : root.path("questions")) {
            List<Choice> choices = new ArrayList<>();
            for (JsonNode choice : question.path(CHOICES)) {
                choices.add(new Choice(bilingual(choice.path("label")), choice.path("correct").asBoolean()));
            }
            questions.add(new Question(bilingual(question.path("prompt")), choices));
        }
        return new GuidelineContent(bilingual(root.path("title")), bilingual(root.path("body")),
            BodySyntax.of(root.path(SYNTAX).asText()), bilingual(root.path("attestation")), questions,
            root.path("passMark").asInt());
    }

    /**
     * @param content a text
     * @return the SHA-256 of its canonical JSON, in lower-case hex
     */
    public String hash(GuidelineContent content)
    {
        return CanonicalJson.sha256(write(content));
    }

    private ObjectNode bilingual(Bilingual text)
    {
        ObjectNode node = this.json.object();
        node.put(EN, text.english());
        node.put(FR, text.french());
        return node;
    }

    private static Bilingual bilingual(JsonNode node)
    {
        return new Bilingual(node.path(EN).asText(), node.path(FR).asText());
    }
}
