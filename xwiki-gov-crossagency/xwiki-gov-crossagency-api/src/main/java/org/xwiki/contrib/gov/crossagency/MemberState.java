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
package org.xwiki.contrib.gov.crossagency;

/**
 * Where a person's membership of a cross-agency space stands. Nothing is deleted: a membership that ends keeps its
 * state and the reason.
 *
 * @version $Id$
 * @since 1.0
 */
public enum MemberState
{
    /** In the space. */
    ACTIVE,

    /** Asked to join a space by request; a steward decides. */
    REQUESTED,

    /** Invited by a steward; they accept or decline before the invitation expires. */
    INVITED,

    /** Their invitation passed its expiry before they answered. */
    EXPIRED,

    /** Their request was declined, with a reason, or they declined an invitation. */
    DECLINED,

    /**
     * Out of the space for a cause that may go away (their home agency left the space's agencies): the reason names
     * the cause, and the membership is active again once it is gone.
     */
    SUSPENDED,

    /** They left. */
    LEFT,

    /** A steward removed them, with a reason. */
    REMOVED
}
