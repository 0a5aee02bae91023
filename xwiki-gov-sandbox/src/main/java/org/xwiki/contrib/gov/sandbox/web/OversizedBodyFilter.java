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

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (413) a form whose announced length is over the limit of its content type before anything reads it, and reads
 * and drops its body first (up to four times the limit), so that a client which reads the answer only once it has
 * sent everything, as most do, gets the translated refusal ({@link SandboxErrorPage}) instead of a connection closed
 * under its upload. A larger body is not read: the connection closes at once.
 *
 * @version $Id$
 */
public class OversizedBodyFilter implements Filter
{
    private static final int BUFFER = 64 * 1024;

    private final FormLimits limits;

    /**
     * @param limits the largest body accepted for each form content type
     */
    public OversizedBodyFilter(FormLimits limits)
    {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException
    {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        Long limit = this.limits.of(request.getContentType());
        long length = request.getContentLengthLong();
        if (limit == null || length <= limit) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        if (length <= 4 * limit) {
            drain(request.getInputStream());
        }
        ((HttpServletResponse) servletResponse).sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static void drain(InputStream body)
    {
        byte[] buffer = new byte[BUFFER];
        try {
            while (body.read(buffer) >= 0) {
                // Dropped: only the end of the upload matters.
            }
        } catch (IOException e) {
            // The client went away: the connection closes as it would have.
        }
    }
}
