package org.xwiki.contrib.gov.application;

import org.xwiki.component.annotation.Role;

/**
 * An installed gov module that people can open: the home page of the sandbox links to each.
 *
 * @version $Id$
 */
@Role
public interface GovApplication
{
    /**
     * @return the module's id, also the first segment of its pages' paths ({@code core}, {@code policy}...)
     */
    String getId();

    /**
     * @return the name of the page that opens the module, under {@code templates/gov/<id>/}
     */
    String getHomePage();

    /**
     * @return the translation key of the module's name
     */
    String getNameKey();

    /**
     * @return the translation key of the module's one-line description
     */
    String getDescriptionKey();

    /**
     * @return where the module sorts among the others, lowest first
     */
    int getOrder();
}
