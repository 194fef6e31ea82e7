package org.asistream.measures.app;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store of this instance together: one block cache shared by all stores,
 * with memtables counted against it. Without this each store takes its own caches and memory grows with the number
 * of partitions. Size: {@code asi.rocksdb.memory.bytes} in the streams configuration (default 128 MiB).
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    public static final String MEMORY_BYTES = "asi.rocksdb.memory.bytes";
    private static final long DEFAULT_MEMORY_BYTES = 128L * 1024 * 1024;

    private static Cache cache;
    private static WriteBufferManager writeBufferManager;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        SharedMemory shared = shared(configs);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(shared.writeBufferManager);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write buffer manager are shared by every store for the life of the process: not closed here.
    }

    private record SharedMemory(Cache cache, WriteBufferManager writeBufferManager) {
    }

    private static synchronized SharedMemory shared(Map<String, Object> configs) {
        if (cache == null) {
            Object configured = configs.get(MEMORY_BYTES);
            long total = configured == null ? DEFAULT_MEMORY_BYTES : Long.parseLong(configured.toString());
            cache = new LRUCache(total, -1, false, 0.1);
            // Memtables take at most half of the budget, counted inside the same cache.
            writeBufferManager = new WriteBufferManager(total / 2, cache);
        }
        return new SharedMemory(cache, writeBufferManager);
    }
}
