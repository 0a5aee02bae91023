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
package org.xwiki.contrib.gov;



/**
 * The API has nothing at the requested path, or the named thing does not exist.
 *
 * @version $Id$
 * @since 1.0
 */
public class NotFoundException extends GovException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public NotFoundException(String messageKey, Object... parameters)
    {
        super(messageKey, parameters);
    }
}
