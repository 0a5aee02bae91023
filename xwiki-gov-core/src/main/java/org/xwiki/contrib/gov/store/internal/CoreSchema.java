package org.xwiki.contrib.gov.store.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.GovSchema;

/**
 * The kernel's tables: agencies, units, memberships, role grants, audit log.
 *
 * @version $Id$
 */
@Component
@Named("core")
@Singleton
public class CoreSchema implements GovSchema
{
    @Override
    public String getModuleName()
    {
        return "core";
    }

    @Override
    public String getMigrationFolder()
    {
        return "db/gov/core";
    }

    @Override
    public int getOrder()
    {
        return 0;
    }
}
