// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/largealloc.h"

#include <QtGlobal>
#include <cstdint>
#include <utility>
#include <vector>

namespace posko {

// Open-addressing (linear probing) index from 64-bit keys to positions in DENSE arrays kept by
// the caller. Slots hold only the dense position and 32 bits of the key's hash, so the table is
// 8 bytes a slot whatever the value type, and the dense arrays can be scanned sequentially.
// The caller owns the keys: lookups take a `keyAt(position)` accessor to confirm a hit.
// Deletion is by backward shift (no tombstones), so probe lengths never degrade with churn.
// Invariant: every stored position appears in exactly one slot; load factor <= 0.7.
class SlotTable final
{
public:
    static constexpr quint32 none = 0xffffffffu;

    static quint64 hash(quint64 k)
    {
        // MurmurHash3's finaliser: Morton keys and sequential ids both differ mainly in low
        // bits, which must reach every bit of the tag.
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53ULL;
        k ^= k >> 33;
        return k;
    }

    qsizetype size() const { return m_size; }
    qsizetype memoryBytes() const { return qsizetype(m_slots.capacity() * sizeof(Slot)); }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_mask = 0;
        m_size = 0;
    }
    void reserve(qsizetype n)
    {
        std::size_t cap = 16;
        while (cap * 7 < std::size_t(n) * 10)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }

    template <typename KeyAt> quint32 find(quint64 key, KeyAt &&keyAt) const
    {
        if (m_size == 0)
            return none;
        const auto tag = quint32(hash(key));
        for (std::size_t pos = tag & m_mask;; pos = (pos + 1) & m_mask) {
            const Slot s = m_slots[pos];
            if (s.index == none)
                return none;
            if (s.tag == tag && keyAt(s.index) == key)
                return s.index;
        }
    }

    // Adds dense positions 0..n-1, keyed keyAt(position), to an EMPTY table. Returns false at
    // the first duplicate key (the table is then incomplete; the caller clears it).
    // Inserting in the order of the keys' home slots turns a million random writes into a
    // sweep through the table: the table is built about three times faster.
    template <typename KeyAt> bool bulkInsert(quint32 n, KeyAt &&keyAt)
    {
        reserve(qsizetype(n));
        LargeVector<quint32> tags(n);
        for (quint32 i = 0; i < n; ++i)
            tags[i] = quint32(hash(keyAt(i)));
        // Counting sort on the top bits of the home slot: near enough to sorted for the cache.
        int bits = 0;
        while ((std::size_t(1) << bits) < m_slots.size())
            ++bits;
        const int shift = bits > 16 ? bits - 16 : 0;
        std::vector<quint32> start((m_mask >> shift) + 2, 0);
        for (quint32 t : tags)
            ++start[((t & m_mask) >> shift) + 1];
        for (std::size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        LargeVector<quint32> order(n);
        for (quint32 i = 0; i < n; ++i)
            order[start[(tags[i] & m_mask) >> shift]++] = i;
        for (const quint32 i : order) {
            const quint32 tag = tags[i];
            std::size_t pos = tag & m_mask;
            for (; m_slots[pos].index != none; pos = (pos + 1) & m_mask) {
                if (m_slots[pos].tag == tag && keyAt(m_slots[pos].index) == keyAt(i))
                    return false;
            }
            m_slots[pos] = {i, tag};
            ++m_size;
        }
        return true;
    }

    // `key` must not be present (callers find first).
    void insert(quint64 key, quint32 index)
    {
        if ((m_size + 1) * 10 > qsizetype(m_slots.size()) * 7)
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const auto tag = quint32(hash(key));
        std::size_t pos = tag & m_mask;
        while (m_slots[pos].index != none)
            pos = (pos + 1) & m_mask;
        m_slots[pos] = {index, tag};
        ++m_size;
    }

    // Removes the slot of `key`, which must be present at dense position `index`.
    void erase(quint64 key, quint32 index)
    {
        std::size_t hole = slotOf(key, index);
        m_slots[hole] = {none, 0};
        --m_size;
        // Backward shift: pull later entries of the probe run into the hole unless their home
        // lies cyclically in (hole, pos], where moving them would put them before their home.
        for (std::size_t pos = (hole + 1) & m_mask; m_slots[pos].index != none;
             pos = (pos + 1) & m_mask) {
            const std::size_t home = m_slots[pos].tag & m_mask;
            const bool stays =
                hole <= pos ? (home > hole && home <= pos) : (home > hole || home <= pos);
            if (!stays) {
                m_slots[hole] = m_slots[pos];
                m_slots[pos] = {none, 0};
                hole = pos;
            }
        }
    }

    // The entry of `key` moved from dense position `from` to `to` (swap-remove in the caller).
    void relocate(quint64 key, quint32 from, quint32 to) { m_slots[slotOf(key, from)].index = to; }

private:
    struct Slot
    {
        quint32 index = none;
        quint32 tag = 0;
    };

    std::size_t slotOf(quint64 key, quint32 index) const
    {
        std::size_t pos = quint32(hash(key)) & m_mask;
        while (m_slots[pos].index != index)
            pos = (pos + 1) & m_mask;
        return pos;
    }

    void rehash(std::size_t capacity)
    {
        LargeVector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        // The tag is the low half of the hash, so the new home needs no key access.
        for (const Slot &s : old) {
            if (s.index == none)
                continue;
            std::size_t pos = s.tag & m_mask;
            while (m_slots[pos].index != none)
                pos = (pos + 1) & m_mask;
            m_slots[pos] = s;
        }
    }

    LargeVector<Slot> m_slots;
    std::size_t m_mask = 0;
    qsizetype m_size = 0;
};

// Hash map from 64-bit keys to values stored densely (erase moves the last value into the
// hole), so iterating all values is a linear scan. Pointers and references into the map are
// invalidated by insert and erase.
template <typename V> class FlatHashMap final
{
public:
    qsizetype size() const { return qsizetype(m_keys.size()); }
    qsizetype memoryBytes() const
    {
        return m_table.memoryBytes() + qsizetype(m_keys.capacity() * sizeof(quint64)) +
               qsizetype(m_values.capacity() * sizeof(V));
    }
    void clear()
    {
        m_table.clear();
        m_keys = {};
        m_values = {};
    }
    void reserve(qsizetype n)
    {
        m_table.reserve(n);
        m_keys.reserve(std::size_t(n));
        m_values.reserve(std::size_t(n));
    }

    V *find(quint64 key)
    {
        const quint32 i = m_table.find(key, [this](quint32 p) { return m_keys[p]; });
        return i == SlotTable::none ? nullptr : &m_values[i];
    }
    const V *find(quint64 key) const { return const_cast<FlatHashMap *>(this)->find(key); }

    // Inserts a default value when absent.
    V &operator[](quint64 key)
    {
        if (V *v = find(key))
            return *v;
        return insertNew(key, V{});
    }
    // `key` must be absent.
    V &insertNew(quint64 key, V value)
    {
        m_table.insert(key, quint32(m_keys.size()));
        m_keys.push_back(key);
        m_values.push_back(std::move(value));
        return m_values.back();
    }

    bool erase(quint64 key)
    {
        const quint32 i = m_table.find(key, [this](quint32 p) { return m_keys[p]; });
        if (i == SlotTable::none)
            return false;
        m_table.erase(key, i);
        const auto last = quint32(m_keys.size() - 1);
        if (i != last) {
            m_table.relocate(m_keys[last], last, i);
            m_keys[i] = m_keys[last];
            m_values[i] = std::move(m_values[last]);
        }
        m_keys.pop_back();
        m_values.pop_back();
        return true;
    }

    // Dense access, for scans.
    const LargeVector<quint64> &keys() const { return m_keys; }
    const LargeVector<V> &values() const { return m_values; }

private:
    SlotTable m_table;
    LargeVector<quint64> m_keys;
    LargeVector<V> m_values;
};

} // namespace posko
