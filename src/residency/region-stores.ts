import { PalisadeError } from '../core/errors.js';
import type { Store } from '../store/create-db.js';

/**
 * The stores of the regions this node serves, one database each. A workspace's rows live only in
 * its region's store.
 */
export class RegionStores {
  readonly #stores: ReadonlyMap<string, Store>;
  /** Workspace id → region, learnt on creation or first lookup. Holds no customer content. */
  readonly #directory = new Map<string, string>();

  constructor(stores: ReadonlyMap<string, Store>) {
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

  remember(workspaceId: string, region: string): void {
    this.#directory.set(workspaceId, region);
  }

  /** The region of a workspace, looking in each served store once and remembering the answer. */
  async regionOf(
    workspaceId: string,
    find: (store: Store) => Promise<string | undefined>,
  ): Promise<string | undefined> {
    const known = this.#directory.get(workspaceId);
    if (known) return known;
    for (const [region, store] of this.#stores) {
      if ((await find(store)) !== undefined) {
        this.#directory.set(workspaceId, region);
        return region;
      }
    }
    return undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#stores.values()].map((s) => s.close()));
  }
}
