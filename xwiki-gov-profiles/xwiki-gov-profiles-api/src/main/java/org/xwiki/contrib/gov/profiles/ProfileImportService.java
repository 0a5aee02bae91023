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

import java.io.InputStream;
import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Imports the HR-owned fields of an agency's people from a CSV file exported by an HR system. The columns (header
 * row, any order, UTF-8 with or without a byte-order mark): {@code user_id} and {@code display_name} (required),
 * {@code agency} (blank or the import's agency), {@code unit}, {@code position_title}, {@code classification},
 * {@code manager_id}. A column the file does not have leaves that value of each person as it is; an empty cell of a
 * column it has clears the value.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface ProfileImportService
{
    /**
     * Reads and checks the whole file and tells what importing it would do, writing nothing.
     *
     * @param actor an HR officer or agency administrator of the agency
     * @param agencyKey the agency whose people the file lists
     * @param full whether the file lists all the agency's people (the others would be deactivated)
     * @param csv the file
     * @return the outcome, with every refused row and its reason
     * @throws GovException when the actor may not, or the file cannot be read at all (not UTF-8, broken quotes,
     *     missing or unknown columns): then the message says where
     */
    ImportPreview preview(Actor actor, String agencyKey, boolean full, InputStream csv) throws GovException;

    /**
     * Reads and checks the file as {@link #preview} does, and records the import with its accepted rows and refused
     * ones, without applying anything yet.
     *
     * @param actor an HR officer or agency administrator of the agency
     * @param agencyKey the agency whose people the file lists
     * @param full whether the file lists all the agency's people
     * @param csv the file
     * @return the new import, in phase {@code FIELDS}; a background task applies it (see {@link #run}), and goes on
     *     after a restart
     * @throws GovException as {@link #preview} does
     */
    ImportStatus start(Actor actor, String agencyKey, boolean full, InputStream csv) throws GovException;

    /**
     * Applies an import from where it stands, a chunk of rows per transaction: HR fields and units, then managers,
     * then (full imports) deactivations. After a crash, running it again goes on where the last committed chunk
     * ended; nothing is applied twice. Re-running a finished import changes nothing.
     *
     * @param actor an HR officer or agency administrator of the import's agency
     * @param importId the import
     * @return where it stands: {@code DONE}
     * @throws GovException when the import does not exist, the actor may not, or the database fails (then the
     *     import stands after its last complete chunk)
     */
    ImportStatus run(Actor actor, long importId) throws GovException;

    /**
     * @param actor an HR officer or agency administrator of the import's agency
     * @param importId the import
     * @return where it stands, for a progress display
     * @throws GovException when the import does not exist or the actor may not
     */
    ImportStatus getStatus(Actor actor, long importId) throws GovException;

    /**
     * @param actor an HR officer or agency administrator of the import's agency
     * @param importId the import
     * @param offset how many refused rows to skip
     * @param limit the most refused rows to return
     * @return a page of the refused rows with their reasons, by line
     * @throws GovException when the import does not exist or the actor may not
     */
    List<ImportProblem> getProblems(Actor actor, long importId, int offset, int limit) throws GovException;

    /**
     * @param actor anyone
     * @return the agencies whose people the actor may import (as HR officer, agency or government administrator),
     *     by key
     * @throws GovException when the registry cannot be read
     */
    List<String> getImportableAgencies(Actor actor) throws GovException;

    /**
     * @param actor anyone
     * @param limit the most imports
     * @return the latest imports of the agencies the actor may import, newest first
     * @throws GovException when the database fails
     */
    List<ImportStatus> getRecentImports(Actor actor, int limit) throws GovException;
}
