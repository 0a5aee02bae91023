package org.xwiki.contrib.gov.profiles;

import java.util.List;

/**
 * What an HR import would do, computed without writing anything (a dry run).
 *
 * @param rows the data rows read
 * @param toCreate the people who would get a profile
 * @param toUpdate the people whose HR fields or unit would change
 * @param unchanged the people already as the file says
 * @param toDeactivate for a full import, the active people of the agency absent from the file
 * @param rejected every refused row with its reason, in file order
 * @param changes each person who would be created or updated, with every value that would change, in file order;
 *     a column the file does not have changes nothing
 * @version $Id$
 */
public record ImportPreview(int rows, int toCreate, int toUpdate, int unchanged, int toDeactivate,
    List<ImportProblem> rejected, List<ImportRowChange> changes)
{
    /**
     * Copies the lists.
     */
    public ImportPreview
    {
        rejected = List.copyOf(rejected);
        changes = List.copyOf(changes);
    }
}
