package org.xwiki.contrib.gov.role;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Declaring operations.
 *
 * @version $Id$
 */
class GovOperationTest
{
    @Test
    void governmentAdministratorsAreNeverListedSinceTheyMayDoEverything()
    {
        assertThrows(IllegalArgumentException.class,
            () -> new GovOperation("x", Set.of(GovRole.GOV_ADMIN), EmployeeAccess.NONE));
    }

    @Test
    void kernelOperationsAreFoundByName()
    {
        for (GovOperation operation : CoreOperations.all()) {
            assertEquals(operation, CoreOperations.byName(operation.name()).orElseThrow());
        }
        assertEquals(java.util.Optional.empty(), CoreOperations.byName("core.nothing"));
    }
}
