package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.ImportProblem;

/**
 * A file read and checked: the rows to apply, the refused ones, and everyone it names.
 *
 * @param columns the columns the file has: the others are left as they are
 * @param accepted the rows that passed every check, in file order
 * @param rejected the refused rows with their reasons, by line
 * @param listed every user id the file names, refused rows included
 * @param rows the number of data rows
 * @version $Id$
 */
public record ImportAnalysis(Set<ImportColumn> columns, List<CheckedRow> accepted, List<ImportProblem> rejected, Set<String> listed, int rows)
{
}
