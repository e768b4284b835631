package org.homeward.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homeward.identity.internal.AreaScopeCheck;
import org.homeward.identity.internal.IdentityProperties;
import org.homeward.identity.internal.PasswordPolicy;
import org.homeward.identity.internal.RecentTokens;
import org.homeward.identity.internal.SessionTerminator;
import org.homeward.identity.internal.TokenSecrets;
import org.homeward.identity.internal.TokenStore;
import org.homeward.identity.internal.UserStore;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and maintaining organisations, users and personal access tokens. Who may call what is decided
 * by the callers (the admin API, the demo data, the first-administrator bootstrap); this service checks
 * the data: every problem with a request is reported at once in a {@link ValidationException}, and a
 * username or organisation code that exists already raises {@link AlreadyExistsException}.
 */
@Service
@Transactional
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final int MAX_NAME = 200;
    private static final int MAX_TOKEN_NAME = 100;

    private final Organisations organisations;
    private final UserStore users;
    private final TokenStore tokens;
    private final RecentTokens recentTokens;
    private final AreaScopeCheck areaScopes;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final IdentityProperties.Tokens tokenSettings;
    private final Clock clock;

    UserAdministration(
            Organisations organisations,
            UserStore users,
            TokenStore tokens,
            RecentTokens recentTokens,
            AreaScopeCheck areaScopes,
            PasswordEncoder passwordEncoder,
            SessionTerminator sessions,
            ApplicationEventPublisher events,
            IdentityProperties properties,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.recentTokens = recentTokens;
        this.areaScopes = areaScopes;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.tokenSettings = properties.tokens();
        this.clock = clock;
    }

    public Organisation createOrganisation(NewOrganisation request) {
        String code = request.code() == null ? null : Organisations.normaliseCode(request.code());
        List<FieldError> problems = new ArrayList<>();
        if (code == null || !ORGANISATION_CODE.matcher(code).matches()) {
            problems.add(new FieldError(
                    "code", "invalid", "2 to 32 characters: letters A-Z, digits and '-', e.g. UNHCR or SARC"));
        }
        requireText(problems, "nameEn", request.nameEn(), true);
        requireText(problems, "nameAr", request.nameAr(), false);
        if (request.kind() == null) {
            problems.add(new FieldError("kind", "invalid", "must be one of " + OrganisationKind.codes()));
        }
        rejectIfAny(problems);
        if (organisations.findByCode(code).isPresent()) {
            throw new AlreadyExistsException("organisation", code);
        }
        try {
            long id = organisations.insert(
                    code, request.nameEn().strip(), blankToNull(request.nameAr()), request.kind(), clock.instant());
            events.publishEvent(new OrganisationCreated(id, code));
            return organisations.findById(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExistsException("organisation", code);
        }
    }

    public UserAccount createUser(NewUser request) {
        List<FieldError> problems = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldError(
                    "username",
                    "invalid",
                    "3 to 64 characters: letters, digits, '.', '_', '-' or '@', starting with a letter or digit"));
        }
        requireText(problems, "displayName", request.displayName(), false);
        if (request.role() == null) {
            problems.add(new FieldError("role", "invalid", "must be one of " + Role.codes()));
        }
        Optional<Organisation> organisation = organisations.findByCode(request.organisationCode());
        if (organisation.isEmpty()) {
            problems.add(new FieldError(
                    "organisation", "unknown", "no organisation with code '" + request.organisationCode() + "'"));
        } else if (!organisation.get().active()) {
            problems.add(new FieldError("organisation", "inactive", "the organisation is inactive"));
        }
        List<String> areas = areaScopes.normalise(request.areas());
        problems.addAll(areaScopes.problems(areas));
        problems.addAll(PasswordPolicy.check("password", request.password(), username));
        rejectIfAny(problems);
        if (users.usernameTaken(username)) {
            throw new AlreadyExistsException("user", username);
        }
        String displayName =
                request.displayName() == null || request.displayName().isBlank()
                        ? username
                        : request.displayName().strip();
        try {
            long id = users.insert(
                    username,
                    displayName,
                    organisation.get().id(),
                    request.role(),
                    passwordEncoder.encode(request.password()),
                    areas,
                    clock.instant());
            events.publishEvent(new UserCreated(
                    id, username, request.role(), organisation.get().id(), areas));
            return users.find(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExistsException("user", username);
        }
    }

    /** Sets a new password and lifts any sign-in lock; does not enable a disabled user. */
    public void setPassword(long userId, String newPassword) {
        UserAccount user = requireUser(userId);
        rejectIfAny(PasswordPolicy.check("password", newPassword, user.username()));
        users.setPasswordHash(userId, passwordEncoder.encode(newPassword));
        users.clearFailures(userId);
        events.publishEvent(new PasswordChanged(userId));
    }

    /**
     * Stops the user signing in, ends their web sessions; their tokens are refused from now on (on other nodes
     * within {@code homeward.identity.tokens.cache-window}).
     */
    public void disable(long userId) {
        UserAccount user = requireUser(userId);
        users.setEnabled(userId, false);
        recentTokens.forgetUser(userId);
        sessions.endSessionsOf(user.username());
        events.publishEvent(new UserDisabled(userId));
    }

    public void enable(long userId) {
        requireUser(userId);
        users.setEnabled(userId, true);
        recentTokens.forgetUser(userId);
    }

    /**
     * Issues a personal access token for the user. The returned {@link IssuedToken#token()} is the only copy
     * of the secret.
     *
     * @param validDays null for the default (90 days)
     */
    public IssuedToken issueToken(long userId, String name, Integer validDays) {
        requireUser(userId);
        List<FieldError> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_TOKEN_NAME) {
            problems.add(new FieldError("name", "invalid", "1 to " + MAX_TOKEN_NAME + " characters"));
        }
        int days = validDays == null ? tokenSettings.defaultValidityDays() : validDays;
        if (days < 1 || days > tokenSettings.maxValidityDays()) {
            problems.add(new FieldError(
                    "expiresInDays", "invalid", "a whole number from 1 to " + tokenSettings.maxValidityDays()));
        }
        rejectIfAny(problems);
        String secret = TokenSecrets.generate();
        String prefix = TokenSecrets.displayPrefix(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        long id = tokens.insert(userId, name.strip(), prefix, TokenSecrets.hash(secret), now, expiresAt);
        events.publishEvent(new TokenIssued(userId, id, expiresAt));
        return new IssuedToken(id, name.strip(), secret, prefix, expiresAt);
    }

    /**
     * Revokes one of the user's tokens; a token of someone else is reported as not found. The token is refused
     * from the commit on this node, and within {@code homeward.identity.tokens.cache-window} on other nodes.
     */
    public void revokeToken(long userId, long tokenId) {
        TokenInfo token =
                tokens.find(userId, tokenId).orElseThrow(() -> new NotFoundException("token", Long.toString(tokenId)));
        if (token.revokedAt() == null) {
            tokens.revoke(userId, tokenId, clock.instant());
            recentTokens.forgetToken(tokenId);
            events.publishEvent(new TokenRevoked(userId, tokenId));
        }
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> tokens(long userId) {
        return tokens.listFor(userId);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findUser(long userId) {
        return users.find(userId);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findUser(String username) {
        return username == null ? Optional.empty() : users.findByUsername(username.strip());
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> users(PageRequest page) {
        return users.page(page);
    }

    private UserAccount requireUser(long userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException("user", Long.toString(userId)));
    }

    private static void requireText(List<FieldError> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldError(field, "required", "must not be blank"));
            }
        } else if (value.strip().length() > MAX_NAME) {
            problems.add(new FieldError(field, "too-long", "must have at most " + MAX_NAME + " characters"));
        }
    }

    private static void rejectIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
