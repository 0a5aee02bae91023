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
package org.xwiki.contrib.gov.sandbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Initializable;
import org.xwiki.component.phase.InitializationException;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.security.SecretFiles;
import org.xwiki.environment.Environment;

/**
 * CSRF tokens bound to the user and their session: HMAC-SHA256 of both under a secret key kept in the data folder
 * ({@code sandbox/csrf.key}, created on first start). A new session (sign-in) gets a new token. A visitor who has not
 * signed in has a token only for their session, which the sign-in form carries (so that another site cannot sign a
 * browser in under the attacker's account); the services refuse them everything else.
 *
 * @version $Id$
 */
@Component
@Singleton
public class HmacCsrfGuard implements CsrfGuard, Initializable
{
    private static final String ALGORITHM = "HmacSHA256";

    private static final int KEY_BYTES = 32;

    @Inject
    private Environment environment;

    @Inject
    private CurrentSandboxRequest currentRequest;

    private SecretKeySpec key;

    @Override
    public void initialize() throws InitializationException
    {
        Path file = this.environment.getPermanentDirectory().toPath().resolve("sandbox").resolve("csrf.key");
        try {
            this.key = new SecretKeySpec(SecretFiles.readOrCreate(file, KEY_BYTES), ALGORITHM);
        } catch (IOException e) {
            throw new InitializationException("Cannot read or create the CSRF key " + file, e);
        }
    }

    @Override
    public String getToken()
    {
        return expectedToken().orElse("");
    }

    @Override
    public boolean isTokenValid(String token)
    {
        Optional<SandboxRequest> request = this.currentRequest.getRequest();
        return request.isPresent() && request.get().sessionId().isPresent()
            && isTokenValidFor(request.get().actor().userId(), request.get().sessionId().get(), token);
    }

    @Override
    public boolean isCurrentRequestValid()
    {
        return this.currentRequest.getRequest().flatMap(SandboxRequest::submittedToken).filter(this::isTokenValid)
            .isPresent();
    }

    /**
     * @param userId the signed-in user, empty for a visitor who has not signed in
     * @param sessionId the session
     * @param token a token received
     * @return whether it is that user's token for that session
     */
    public boolean isTokenValidFor(Optional<String> userId, String sessionId, String token)
    {
        return token != null && MessageDigest.isEqual(tokenFor(userId, sessionId).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> expectedToken()
    {
        Optional<SandboxRequest> request = this.currentRequest.getRequest();
        if (request.isEmpty() || request.get().sessionId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tokenFor(request.get().actor().userId(), request.get().sessionId().get()));
    }

    private String tokenFor(Optional<String> userId, String sessionId)
    {
        // A visitor's subject cannot be a user's: user ids are never empty.
        String subject = userId.orElse("") + '\n' + sessionId;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(this.key);
            return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
