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
package org.xwiki.contrib.gov.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The answer of a module's JSON API: a status and a body written to the client as it is produced (exports stream).
 *
 * @param status the HTTP status
 * @param contentType the media type of the body
 * @param fileName the name to save the body under, for downloads
 * @param body writes the body
 * @version $Id$
 * @since 1.0
 */
public record RestResponse(int status, String contentType, Optional<String> fileName, Body body)
{
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Writes a response body.
     */
    @FunctionalInterface
    public interface Body
    {
        /**
         * @param out where to write
         * @throws IOException when the client goes away
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks the fields.
     */
    public RestResponse
    {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(body, "body");
    }

    /**
     * @return the headers the host sends with the answer: no content sniffing, no caching, and for a download the
     *     name to save it under (characters other than letters, digits, {@code .}, {@code _} and {@code -} replaced)
     */
    public Map<String, String> headers()
    {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        this.fileName.ifPresent(name -> headers.put("Content-Disposition",
            "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + '"'));
        return headers;
    }

    /**
     * @param status the HTTP status
     * @param value records, lists, maps, strings, numbers; {@code Optional}s and {@code java.time} values as JSON
     * @return a JSON response
     */
    public static RestResponse json(int status, Object value)
    {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new RestResponse(status, "application/json;charset=UTF-8", Optional.empty(), out -> out.write(bytes));
    }

    /**
     * @param contentType the media type
     * @param fileName the name to save it under
     * @param body writes the file
     * @return a download
     */
    public static RestResponse download(String contentType, String fileName, Body body)
    {
        return new RestResponse(200, contentType, Optional.of(fileName), body);
    }

    /**
     * @param fileName the name to save it under
     * @param text the text
     * @return a plain-text download
     */
    public static RestResponse text(String fileName, String text)
    {
        return download("text/plain;charset=UTF-8", fileName, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
