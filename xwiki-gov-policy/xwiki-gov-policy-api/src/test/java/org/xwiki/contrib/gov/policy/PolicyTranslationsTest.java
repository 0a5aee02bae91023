package org.xwiki.contrib.gov.policy;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.test.TranslationFiles;

/**
 * The policy module's translation files.
 *
 * @version $Id$
 */
class PolicyTranslationsTest
{
    @Test
    void filesAreCompleteInBothLanguages() throws Exception
    {
        TranslationFiles.assertComplete();
    }

    @Test
    void everyKeyTheTemplatesRenderIsTranslated() throws Exception
    {
        TranslationFiles.assertTemplateKeysDefined();
    }
}
