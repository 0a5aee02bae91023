package org.xwiki.contrib.gov.policy.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.application.GovUiExtension;

/**
 * The banner on every page of a person with overdue acknowledgements.
 *
 * @version $Id$
 */
@Component
@Named("policy-overdue")
@Singleton
public class OverdueBanner implements GovUiExtension
{
    @Override
    public String getExtensionPoint()
    {
        return BANNER;
    }

    @Override
    public String getTemplate()
    {
        return "gov/policy/banner.vm";
    }
}
