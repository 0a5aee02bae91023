package org.xwiki.contrib.gov.store;

import org.xwiki.component.annotation.Role;

/**
 * The tables of one module: a folder of Flyway migrations, applied at start-up with a history table of the module's
 * own, so that modules evolve their schemas independently.
 *
 * @version $Id$
 */
@Role
public interface GovSchema
{
    /**
     * @return the module's name, lower-case letters only ({@code core}); names the history table
     *     {@code gov_schema_<name>}
     */
    String getModuleName();

    /**
     * @return the class-path folder holding the module's migrations ({@code db/gov/core})
     */
    String getMigrationFolder();

    /**
     * @return where the schema is migrated among the others, lowest first (the kernel is 0)
     */
    int getOrder();
}
