package org.xwiki.contrib.gov.sandbox.users;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.GovSchema;

/**
 * The sandbox's tables: users, groups, outbox.
 *
 * @version $Id$
 */
@Component
@Named("sandbox")
@Singleton
public class SandboxSchema implements GovSchema
{
    @Override
    public String getModuleName()
    {
        return "sandbox";
    }

    @Override
    public String getMigrationFolder()
    {
        return "db/gov/sandbox";
    }

    @Override
    public int getOrder()
    {
        return 900;
    }
}
