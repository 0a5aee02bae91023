package org.xwiki.contrib.gov.policy.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.GovSchema;

/**
 * The policy module's tables.
 *
 * @version $Id$
 */
@Component
@Named("policy")
@Singleton
public class PolicySchema implements GovSchema
{
    @Override
    public String getModuleName()
    {
        return "policy";
    }

    @Override
    public String getMigrationFolder()
    {
        return "db/gov/policy";
    }

    @Override
    public int getOrder()
    {
        return 100;
    }
}
