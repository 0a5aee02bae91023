package org.xwiki.contrib.gov.profiles;

import java.io.InputStream;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Imports the HR-owned fields of an agency's people from a CSV file exported by an HR system. The columns (header
 * row, any order, UTF-8 with or without a byte-order mark): {@code user_id} and {@code display_name} (required),
 * {@code agency} (blank or the import's agency), {@code unit}, {@code position_title}, {@code classification},
 * {@code manager_id}.
 *
 * @version $Id$
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
}
