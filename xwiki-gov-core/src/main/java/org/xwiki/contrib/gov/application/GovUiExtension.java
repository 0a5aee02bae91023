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
package org.xwiki.contrib.gov.application;

import org.xwiki.component.annotation.Role;

/**
 * A piece of a module shown on pages that are not the module's own (a banner on every page). The sandbox renders the
 * extensions of {@link #BANNER} at the top of each page; inside XWiki, the module's XAR declares the same template as a
 * UI extension.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovUiExtension
{
    /** The extension point at the top of every page. */
    String BANNER = "banner";

    /**
     * @return where the extension goes
     */
    String getExtensionPoint();

    /**
     * @return the template to render there, relative to {@code templates/}
     */
    String getTemplate();
}
