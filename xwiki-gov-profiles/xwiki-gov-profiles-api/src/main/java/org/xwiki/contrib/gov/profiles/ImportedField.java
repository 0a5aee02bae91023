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
package org.xwiki.contrib.gov.profiles;

/**
 * A value an HR import sets on a person, as its dry run names the changes.
 *
 * @version $Id$
 * @since 1.0
 */
public enum ImportedField
{
    /** The person's name ({@code display_name}). */
    DISPLAY_NAME,
    /** The home agency: the agency imported. */
    AGENCY,
    /** The home unit's key ({@code unit}). */
    UNIT,
    /** The position title ({@code position_title}). */
    POSITION_TITLE,
    /** The classification ({@code classification}). */
    CLASSIFICATION,
    /** The manager's user id ({@code manager_id}). */
    MANAGER,
    /** The security clearance ({@code clearance}), the kernel's. */
    CLEARANCE,
    /** Whether the profile is in the directory: an import puts back a deactivated person it names. */
    ACTIVE
}
