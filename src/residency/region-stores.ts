import { PalisadeError } from '../core/errors.js';
import type { Store } from '../store/create-db.js';
import type { Directory } from './directory.js';

/**
 * The stores of the regions this node serves, one database each. A workspace's rows live only in
 * its region's store.
 */
export class RegionStores {
  readonly #stores: ReadonlyMap<string, Store>;

  constructor(
    stores: ReadonlyMap<string, Store>,
    /** Where every workspace lives, shared by all nodes. */
    readonly directory: Directory,
  ) {
    this.#stores = stores;
  }

  get served(): string[] {
    return [...this.#stores.keys()];
  }

  /** The store of a region this node serves; `wrong_region` (421) naming it otherwise. */
  store(region: string): Store {
    const store = this.#stores.get(region);
    if (!store) {
      throw new PalisadeError(
        'wrong_region',
        `This workspace is served in region "${region}", not on this node.`,
      );
    }
    return store;
  }

  has(region: string): boolean {
    return this.#stores.has(region);
  }

  /**
   * The region of a workspace, from the directory. A workspace created before the directory
   * existed is looked for in each served store once, then registered.
   */
  async regionOf(
    workspaceId: string,
    find: (store: Store) => Promise<string | undefined>,
  ): Promise<string | undefined> {
    const known = await this.directory.regionOf(workspaceId);
    if (known) return known;
    for (const [region, store] of this.#stores) {
      if ((await find(store)) !== undefined) {
        await this.directory.register(workspaceId, region);
        return region;
      }
    }
    return undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#stores.values()].map((s) => s.close()));
    await this.directory.close();
  }
}
