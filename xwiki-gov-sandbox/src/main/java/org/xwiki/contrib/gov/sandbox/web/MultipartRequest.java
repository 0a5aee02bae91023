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
package org.xwiki.contrib.gov.sandbox.web;

import java.io.BufferedReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * A request whose {@code multipart/form-data} body {@link MultipartForm} has read: its fields are parameters after
 * the query's, its files are its parts, and its body, already consumed, reads as empty.
 *
 * @version $Id$
 */
public class MultipartRequest extends HttpServletRequestWrapper
{
    private final Map<String, String[]> parameters;

    private final List<Part> parts;

    /**
     * @param request the request as the container received it
     * @param form its body, read
     */
    public MultipartRequest(HttpServletRequest request, MultipartForm form)
    {
        super(request);
        Map<String, List<String>> merged = new LinkedHashMap<>();
        // Without a multipart configuration the container's parameters are the query's only.
        request.getParameterMap().forEach((name, values) -> merged.put(name, new ArrayList<>(List.of(values))));
        form.fields().forEach((name, values) -> merged.computeIfAbsent(name, key -> new ArrayList<>())
            .addAll(values));
        Map<String, String[]> arrays = new LinkedHashMap<>();
        merged.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(arrays);
        this.parts = List.copyOf(form.files());
    }

    @Override
    public String getParameter(String name)
    {
        String[] values = this.parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap()
    {
        return this.parameters;
    }

    @Override
    public Enumeration<String> getParameterNames()
    {
        return Collections.enumeration(this.parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name)
    {
        String[] values = this.parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts()
    {
        return this.parts;
    }

    @Override
    public Part getPart(String name)
    {
        return this.parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public ServletInputStream getInputStream()
    {
        return new ConsumedBody();
    }

    @Override
    public BufferedReader getReader()
    {
        return new BufferedReader(Reader.nullReader());
    }

    /** The body {@link MultipartForm} has read to its end. */
    private static final class ConsumedBody extends ServletInputStream
    {
        @Override
        public int read()
        {
            return -1;
        }

        @Override
        public boolean isFinished()
        {
            return true;
        }

        @Override
        public boolean isReady()
        {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener)
        {
            throw new IllegalStateException("The body was read already");
        }
    }
}
