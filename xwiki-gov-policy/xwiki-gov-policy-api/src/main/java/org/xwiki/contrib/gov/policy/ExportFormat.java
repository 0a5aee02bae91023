package org.xwiki.contrib.gov.policy;

/**
 * The formats of the assignment exports.
 *
 * @version $Id$
 */
public enum ExportFormat
{
    /** Comma-separated values, UTF-8 with a byte-order mark so that spreadsheets read the accents. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;

    private final String extension;

    ExportFormat(String mediaType, String extension)
    {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * @return the media type of the file
     */
    public String getMediaType()
    {
        return this.mediaType;
    }

    /**
     * @return the file name extension
     */
    public String getExtension()
    {
        return this.extension;
    }
}
