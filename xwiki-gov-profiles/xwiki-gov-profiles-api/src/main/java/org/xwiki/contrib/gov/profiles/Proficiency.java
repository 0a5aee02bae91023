package org.xwiki.contrib.gov.profiles;

/**
 * How well a person speaks a language.
 *
 * @version $Id$
 */
public enum Proficiency
{
    /** Can get by. */
    BASIC,
    /** Works in the language with some help. */
    INTERMEDIATE,
    /** Works fully in the language. */
    ADVANCED,
    /** First language. */
    NATIVE
}
