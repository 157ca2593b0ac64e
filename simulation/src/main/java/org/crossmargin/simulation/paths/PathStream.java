package org.crossmargin.simulation.paths;

import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * The uniform random stream of one path: Commons RNG 1.7's {@link XoShiRo256PlusPlus} (Blackman and Vigna 2021,
 * "Scrambled Linear Pseudorandom Number Generators", ACM TOMS 47(4); period 2<sup>256</sup> - 1), started at a
 * state derived from the run's seed and the path index alone, so path {@code p} is the same stream whatever thread
 * draws it and in whatever order (DESIGN §5).
 *
 * <p>The construction, proven draw for draw by {@code DeterminismTest}:
 * <pre>{@code
 * long base = new SplitMix64(seed).nextLong();                        // the seed, mixed: once per run
 * SplitMix64 words = new SplitMix64(base + 4 * p * 0x9E3779B97F4A7C15L); // 4p outputs of SplitMix64(base) ahead
 * new XoShiRo256PlusPlus(words.nextLong(), words.nextLong(), words.nextLong(), words.nextLong());
 * }</pre>
 * SplitMix64's state moves by the constant {@code 0x9E3779B97F4A7C15} per output, so path {@code p}'s four state
 * words are outputs {@code 4p + 1 .. 4p + 4} of one {@code SplitMix64(base)}: every path of a run gets its own words
 * (SplitMix64's output is a bijection of its state, distinct for the first 2<sup>64</sup> outputs), never all zero,
 * and well mixed — Vigna's recommended way to seed xoshiro. This is the usual "random starting points" stream
 * split: by Vigna 2020 ("On the probability of overlap of random subsequences of pseudorandom number generators",
 * Inf. Process. Lett. 158) {@code n} streams of {@code L} draws in a period {@code P} overlap with probability at
 * most {@code n^2 L / P}; for 2<sup>32</sup> paths of 2<sup>32</sup> longs each that is 2<sup>96</sup> /
 * 2<sup>256</sup> = 2<sup>-160</sup> (a canonical run, 2,000 paths of about 2<sup>15</sup> longs: below
 * 2<sup>-219</sup>). Seeds are mixed before use so that runs whose seeds differ by a small integer share no path:
 * two runs of {@code n} paths share one only if their mixed seeds differ by {@code 4k} times the constant for some
 * {@code |k| < n}, chance about {@code 2n / 2^64}.
 *
 * <p>Why xoshiro256++ and not Philox4x64 (counter-based, the previous stream): on Java 17, which lacks
 * {@code Math.unsignedMultiplyHigh}, a Philox long costs about 5 ns (ten rounds of 64 x 64 -> 128-bit multiplies),
 * about 40% of the time of a student-t path; a xoshiro256++ long is a handful of adds, shifts and rotations, about
 * 1 ns. Why not an LXM generator ({@code L64X128MixRandom}, streams chosen by the additive constant): its output
 * mixer costs two 64-bit multiplies per long, and with random starting points in a 2<sup>256</sup> period the
 * streams are already independent in practice. xoshiro256++ passes BigCrush (Blackman and Vigna 2021).
 *
 * <p>Samplers (ziggurat normals, gamma) stay with Commons RNG and are bound to this stream once per model; per path
 * only the generator's state changes. This class <em>is</em> the generator, a subclass of {@link XoShiRo256PlusPlus}
 * that {@link #reset(long)} re-seeds in place through the state words the library leaves {@code protected} for
 * subclasses: the samplers' {@code nextLong} call reaches the xoshiro step with no further indirection, and a path
 * allocates only the small {@code SplitMix64} that makes its four words. Measured on the canonical gbm path against a {@code PathStream} that holds a new
 * {@code XoShiRo256PlusPlus} per path in a field: about 5% faster. Every draw ({@code nextLong}, {@code nextInt},
 * {@code nextDouble}, {@code nextInt(n)}) is the library's, and {@link #reset(long)} clears the cached half-long
 * that {@code nextInt} keeps, so a path's draws do not depend on the path before.
 *
 * <p>With antithetic pairing, path {@code 2k+1} draws the stream of path {@code 2k}; {@link #reset(long)} returns
 * -1 for it so that the caller negates its standard normals.
 */
final class PathStream extends XoShiRo256PlusPlus {
    /** SplitMix64's state increment (Steele, Lea and Flood 2014; the golden ratio times 2^64, odd). */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** SplitMix64 outputs per path: the four state words of xoshiro256++. */
    private static final long WORDS_PER_PATH = 4;

    /** The run's seed, mixed: SplitMix64(seed)'s first output. */
    private final long base;
    private final boolean antithetic;

    /** A stream keyed by {@code seed}; {@code antithetic} pairs odd paths with the stream of the even path before. */
    PathStream(long seed, boolean antithetic) {
        super(0, 0, 0, 1); // a valid placeholder state, replaced by path 0's below
        this.base = new SplitMix64(seed).nextLong();
        this.antithetic = antithetic;
        reset(0);
    }

    /**
     * Moves to the start of the stream of {@code path}.
     *
     * @return the sign for the path's standard normals: -1 for the odd member of an antithetic pair, else 1
     */
    double reset(long path) {
        if (path < 0) {
            throw new IllegalArgumentException("path: expected an index >= 0, got " + path);
        }
        final boolean mirrored = antithetic && (path & 1L) != 0;
        final long owner = mirrored ? path - 1 : path;
        // Jumps SplitMix64(base) 4 * owner outputs ahead (its state is a Weyl sequence): wraps modulo 2^64 as it does.
        final SplitMix64 words = new SplitMix64(base + WORDS_PER_PATH * owner * GOLDEN_GAMMA);
        state0 = words.nextLong();
        state1 = words.nextLong();
        state2 = words.nextLong();
        state3 = words.nextLong();
        resetCachedState();
        return mirrored ? -1.0 : 1.0;
    }
}
