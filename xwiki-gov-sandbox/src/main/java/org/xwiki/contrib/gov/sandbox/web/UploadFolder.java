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

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the files a form sends wait while the request is answered, and the largest such form.
 *
 * @param folder the temporary folder the files wait in, deleted once the request is answered
 * @param maxBytes the largest body of a form that sends a file
 * @version $Id$
 */
public record UploadFolder(Path folder, long maxBytes)
{
    /**
     * Checks the fields.
     */
    public UploadFolder
    {
        Objects.requireNonNull(folder, "folder");
    }
}
