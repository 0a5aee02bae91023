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

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.xwiki.contrib.gov.GovException;

/**
 * The body of a call to the JSON API, as the host received it. Nothing of it is read until the route that answers
 * the call asks for it, after the service behind the route has checked the caller's rights, and never more than the
 * route accepts: a body announced larger is refused before a byte of it is read.
 *
 * @version $Id$
 * @since 1.0
 */
public final class RestBody
{
    private static final String UNREADABLE = "gov.core.error.rest.unreadable";

    private final String contentType;

    private final long length;

    private final InputStream stream;

    private final long limit;

    private byte[] bytes;

    private boolean streamed;

    private RestBody(String contentType, long length, InputStream stream, long limit)
    {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.length = length;
        this.stream = Objects.requireNonNull(stream, "stream");
        this.limit = limit;
    }

    /**
     * @param contentType the body's media type as the caller sent it, empty when there is none
     * @param length the length the caller announced, in bytes, -1 when it announced none (a chunked body)
     * @param stream the body, not read yet
     * @return the body, with no limit yet: the dispatcher sets the route's
     */
    public static RestBody of(String contentType, long length, InputStream stream)
    {
        return new RestBody(contentType, length, stream, Long.MAX_VALUE);
    }

    /**
     * @return the body's media type, empty when there is none
     */
    public String contentType()
    {
        return this.contentType;
    }

    /**
     * @return the length the caller announced, in bytes, -1 when unknown
     */
    public long length()
    {
        return this.length;
    }

    /**
     * @param maxBytes the most bytes the route accepts
     * @return this body, refusing to be read beyond {@code maxBytes}
     * @throws RequestTooLargeException when the caller announced more: nothing is read
     */
    public RestBody limitedTo(long maxBytes) throws RequestTooLargeException
    {
        if (this.length > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        return new RestBody(this.contentType, this.length, this.stream, maxBytes);
    }

    /**
     * @return the whole body, read on the first call
     * @throws GovException when it is larger than its limit ({@link RequestTooLargeException}) or cannot be read
     */
    public byte[] bytes() throws GovException
    {
        if (this.bytes == null) {
            try (InputStream in = stream()) {
                this.bytes = in.readAllBytes();
            } catch (BodyTooLargeException e) {
                throw new RequestTooLargeException(this.limit);
            } catch (IOException e) {
                throw new GovException(e, UNREADABLE);
            }
        }
        return this.bytes.clone();
    }

    /**
     * A stream over the body, for a route that reads it as it goes (an upload). Reading past the limit fails with an
     * {@link IOException} rather than ending early, so that nothing is cut silently.
     *
     * @return the body, once
     */
    public InputStream stream()
    {
        if (this.bytes != null) {
            return new ByteArrayInputStream(this.bytes);
        }
        if (this.streamed) {
            throw new IllegalStateException("The body was already handed out");
        }
        this.streamed = true;
        return new LimitedStream(this.stream, this.limit);
    }

    /** What a {@link #stream()} throws when the body goes on past its limit. */
    public static final class BodyTooLargeException extends IOException
    {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit)
        {
            super("The body is larger than " + limit + " bytes");
        }
    }

    /** Reads at most its limit, then fails at the first byte past it: never more than one byte too many. */
    private static final class LimitedStream extends FilterInputStream
    {
        private final long limit;

        private long count;

        LimitedStream(InputStream in, long limit)
        {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException
        {
            if (this.count >= this.limit) {
                return pastTheLimit();
            }
            int value = super.read();
            this.count += value < 0 ? 0 : 1;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException
        {
            if (length == 0) {
                return 0;
            }
            if (this.count >= this.limit) {
                return pastTheLimit();
            }
            int read = super.read(buffer, offset, (int) Math.min(length, this.limit - this.count));
            this.count += Math.max(read, 0);
            return read;
        }

        @Override
        public long skip(long n) throws IOException
        {
            long skipped = super.skip(Math.min(n, this.limit - this.count));
            this.count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported()
        {
            return false;
        }

        private int pastTheLimit() throws IOException
        {
            if (super.read() < 0) {
                return -1;
            }
            throw new BodyTooLargeException(this.limit);
        }
    }
}
