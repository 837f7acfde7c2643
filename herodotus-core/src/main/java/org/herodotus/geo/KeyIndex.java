package org.herodotus.geo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable multimap from ASCII keys to int values, packed into a few arrays so that a few hundred
 * thousand names take a few MB: the keys' bytes in one array, an open-addressing hash table of key ids,
 * and the values of each key in one range of a postings array.
 */
final class KeyIndex {

    private final byte[] keyBytes;
    private final int[] keyStarts;
    private final int[] slots;
    private final int[] postingStarts;
    private final int[] postings;

    private KeyIndex(byte[] keyBytes, int[] keyStarts, int[] slots, int[] postingStarts, int[] postings) {
        this.keyBytes = keyBytes;
        this.keyStarts = keyStarts;
        this.slots = slots;
        this.postingStarts = postingStarts;
        this.postings = postings;
    }

    /** The id of {@code key}, or -1 when it is not in the index. */
    int find(CharSequence key) {
        int mask = slots.length - 1;
        for (int slot = hash(key) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (equals(id, key)) {
                return id;
            }
        }
        return -1;
    }

    /** The values of the key with id {@code id}, in the order they were added, without repeats. */
    int[] values(int id) {
        return Arrays.copyOfRange(postings, postingStarts[id], postingStarts[id + 1]);
    }

    /** The values of {@code key}; empty when it is not in the index. */
    int[] values(CharSequence key) {
        int id = find(key);
        return id < 0 ? new int[0] : values(id);
    }

    String key(int id) {
        return new String(keyBytes, keyStarts[id], keyStarts[id + 1] - keyStarts[id], StandardCharsets.US_ASCII);
    }

    int size() {
        return keyStarts.length - 1;
    }

    private boolean equals(int id, CharSequence key) {
        int start = keyStarts[id];
        int length = keyStarts[id + 1] - start;
        if (length != key.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (keyBytes[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x01000193;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: spreads FNV's high bits over the low bits that pick a slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** Collects (key, value) pairs; not thread-safe. Keys must be ASCII. */
    static final class Builder {

        private byte[] keyBytes;
        private int keyBytesUsed;
        private int[] keyStarts;
        private int keys;
        private int[] slots;
        private int[] pairKeys;
        private int[] pairValues;
        private int pairs;

        Builder() {
            this(1 << 12, 1 << 12);
        }

        /** A builder sized for about this many keys and pairs, so that loading does not copy arrays. */
        Builder(int expectedKeys, int expectedPairs) {
            keyBytes = new byte[expectedKeys * 12];
            keyStarts = new int[expectedKeys + 1];
            slots = new int[Integer.highestOneBit(Math.max(expectedKeys, 16) * 2 - 1) * 2];
            pairKeys = new int[expectedPairs];
            pairValues = new int[expectedPairs];
        }

        /** Adds a pair and returns the id of its key (equal to {@link #size()} before the call for a new key). */
        int add(String key, int value) {
            int id = idOf(key);
            if (pairs == pairKeys.length) {
                pairKeys = Arrays.copyOf(pairKeys, pairs * 2);
                pairValues = Arrays.copyOf(pairValues, pairs * 2);
            }
            pairKeys[pairs] = id;
            pairValues[pairs] = value;
            pairs++;
            return id;
        }

        int size() {
            return keys;
        }

        private int idOf(String key) {
            int mask = slots.length - 1;
            int slot = hash(key) & mask;
            for (; slots[slot] != 0; slot = (slot + 1) & mask) {
                int id = slots[slot] - 1;
                int start = keyStarts[id];
                if (keyStarts[id + 1] - start == key.length() && matches(start, key)) {
                    return id;
                }
            }
            int id = keys++;
            while (keyBytesUsed + key.length() > keyBytes.length) {
                keyBytes = Arrays.copyOf(keyBytes, keyBytes.length * 2);
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c >= 0x80) {
                    throw new IllegalArgumentException("index keys are ASCII: " + key);
                }
                keyBytes[keyBytesUsed++] = (byte) c;
            }
            if (keys + 1 >= keyStarts.length) {
                keyStarts = Arrays.copyOf(keyStarts, keyStarts.length * 2);
            }
            keyStarts[keys] = keyBytesUsed;
            slots[slot] = id + 1;
            if (keys * 2 > slots.length) {
                rehash();
            }
            return id;
        }

        private boolean matches(int start, String key) {
            for (int i = 0; i < key.length(); i++) {
                if (keyBytes[start + i] != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void rehash() {
            int[] bigger = new int[slots.length * 2];
            int mask = bigger.length - 1;
            for (int id = 0; id < keys; id++) {
                int slot = hashOf(id) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = id + 1;
            }
            slots = bigger;
        }

        private int hashOf(int id) {
            int h = 0x811c9dc5;
            for (int i = keyStarts[id]; i < keyStarts[id + 1]; i++) {
                h = (h ^ keyBytes[i]) * 0x01000193;
            }
            return mix(h);
        }

        KeyIndex build() {
            int[] starts = new int[keys + 1];
            for (int i = 0; i < pairs; i++) {
                starts[pairKeys[i] + 1]++;
            }
            for (int k = 0; k < keys; k++) {
                starts[k + 1] += starts[k];
            }
            int[] fill = Arrays.copyOf(starts, keys);
            int[] values = new int[pairs];
            for (int i = 0; i < pairs; i++) {
                values[fill[pairKeys[i]]++] = pairValues[i];
            }
            int[] compactStarts = new int[keys + 1];
            int used = 0;
            for (int k = 0; k < keys; k++) {
                compactStarts[k] = used;
                for (int i = starts[k]; i < starts[k + 1]; i++) {
                    if (i == starts[k] || values[i] != values[i - 1]) {
                        values[used++] = values[i];
                    }
                }
            }
            compactStarts[keys] = used;
            return new KeyIndex(Arrays.copyOf(keyBytes, keyBytesUsed), Arrays.copyOf(keyStarts, keys + 1), slots,
                    compactStarts, Arrays.copyOf(values, used));
        }
    }
}
