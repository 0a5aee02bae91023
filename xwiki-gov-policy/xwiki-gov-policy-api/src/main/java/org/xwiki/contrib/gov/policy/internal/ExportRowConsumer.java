package org.xwiki.contrib.gov.policy.internal;

import java.io.IOException;

/**
 * Receives the rows of an export as the database returns them.
 *
 * @version $Id$
 */
@FunctionalInterface
public interface ExportRowConsumer
{
    /**
     * @param row the next row
     * @throws IOException when writing it fails
     */
    void accept(ExportRow row) throws IOException;
}
