package org.crossmargin.simulation.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.crossmargin.core.account.Account;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a seeded sample book (DESIGN §8 book CSV): {@code OUT ACCOUNTS SEED --profile P --venue V...}. The same
 * arguments always give the same file, byte for byte; every account starts at least 1.25 times above maintenance
 * at every venue given, in both the cross and the isolated view. The shipped books and their exact commands are
 * listed in {@code scenarios/README.md}.
 */
@Command(name = "SampleBookGenerator", mixinStandardHelpOptions = true,
        description = "Writes a seeded sample book of margined accounts (book CSV).")
public final class SampleBookGenerator implements Callable<Integer> {

    @Parameters(index = "0", description = "Output CSV file.")
    private Path out;

    @Parameters(index = "1", description = "Number of accounts.")
    private int accounts;

    @Parameters(index = "2", description = "Seed of the random generator.")
    private long seed;

    @Option(names = "--profile", defaultValue = "exchange",
            description = "Book profile: exchange, btc-desk, luna-2022, ftx-2022 (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--venue", required = true,
            description = "Venue YAML whose tiers every account must start healthy at (repeatable; the first "
                    + "one's haircuts size the collateral and its tiers place the whales).")
    private List<Path> venues;

    /** Runs the generator; exits 0 on success, 2 on bad arguments, 1 on failure. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the generator with command-line {@code args} and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new SampleBookGenerator()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        List<VenueRates> rates = new ArrayList<>();
        for (Path venue : venues) {
            rates.add(VenueRates.read(venue));
        }
        List<Account> book = generate(BookProfile.of(profile), accounts, seed, rates);
        BookCsv.write(book, out);
        System.err.printf(Locale.ROOT, "%s: %d accounts, %d positions%n", out, book.size(),
                book.stream().mapToInt(a -> a.positions().size()).sum());
        return 0;
    }

    /**
     * The accounts {@code A00001, A00002, ...} of a book of {@code profile}, drawn from a XoRoShiRo128++ generator
     * seeded with {@code seed}, each healthy at start at every one of {@code venues}.
     */
    public static List<Account> generate(BookProfile profile, int accounts, long seed, List<VenueRates> venues) {
        if (accounts <= 0 || accounts > 99_999) {
            throw new IllegalArgumentException("accounts: expected 1 to 99999, got " + accounts);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        AccountSampler sampler = new AccountSampler(profile, venues, rng);
        List<Account> book = new ArrayList<>(accounts);
        for (int a = 1; a <= accounts; a++) {
            book.add(sampler.next(String.format(Locale.ROOT, "A%05d", a)));
        }
        return book;
    }
}
