/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.profiles.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.ProfileSettingsService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;

/**
 * The world the profiles store tests share, on H2 or PostgreSQL.
 *
 * @version $Id$
 */
public abstract class AbstractProfileStoreTest extends AbstractKernelTest
{
    protected static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    protected static final Actor BOB = Persona.EMPLOYEE_OTHER.actor();

    protected static final Actor HANA = Persona.HR_OWN.actor();

    protected static final Actor RAJ = Persona.HR_OTHER.actor();

    protected static final String ALICE_ID = "alice";

    protected ProfileService profiles;

    protected ProfileSettingsService settings;

    @BeforeEach
    protected void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.profiles = this.kernel.get(ProfileService.class);
        this.settings = this.kernel.get(ProfileSettingsService.class);
    }

    protected void aliceHidesPhoneAndBio() throws GovException
    {
        this.profiles.updateOwn(ALICE, details(List.of("Data  Science", "kubernetes", "data science"), "Loves maps"),
            Map.of(PersonalField.PHONE, Visibility.PRIVATE, PersonalField.BIO, Visibility.AGENCY));
    }

    protected static PersonalDetails withPhone(PersonalDetails details, String phone)
    {
        return new PersonalDetails(details.preferredName(), details.pronouns(), details.location(),
            Optional.of(phone), details.email(), details.languages(), details.skills(), details.bio(),
            details.openToCrossAgencyWork(), details.availabilityNote(), details.links());
    }
}
