import type { ProviderId } from '../core/ids.js';
import type { ContextPolicy } from '../privacy/policy.js';

export type Plan = 'free' | 'team' | 'enterprise';
export const plans: readonly Plan[] = ['free', 'team', 'enterprise'];
export type Role = 'admin' | 'member';
export type Retention = 'none' | number;

export interface Workspace {
  id: string;
  name: string;
  plan: Plan;
  region: string;
  created_at: string;
  updated_at: string;
}

export interface AiSettings {
  ai_enabled: boolean;
  training_data_use: boolean;
  model_provider: ProviderId;
  /** The model every request runs on, or null for the provider's default. */
  model: string | null;
  /** Models a request may name itself; null means only `model`. */
  allowed_models: string[] | null;
  /** Without a key of its own for its provider, refuse (`no_provider_key`) instead of using the platform key. */
  require_byok: boolean;
  /** How context is rendered and what each kind of personal data or secret becomes before it leaves. */
  context_policy: ContextPolicy;
  /** Bumped by each change of `context_policy`; every AI call's audit entry names the version applied. */
  context_policy_version: number;
  /**
   * How long the (redacted) prompt and response of an AI session are kept: `none` (never stored) or
   * a number of days. Session metadata (usage, status, finding counts) is always kept.
   */
  retention: Retention;
  /** Only providers whose profile has zero data retention; nothing that makes a provider keep state. */
  require_zero_retention: boolean;
  version: number;
  updated_at: string;
}

/** What an authenticated workspace token stands for. */
export interface TokenPrincipal {
  kind: 'token';
  tokenId: string;
  workspaceId: string;
  memberId: string;
  role: Role;
  region: string;
}

export interface TokenView {
  id: string;
  name: string;
  role: Role;
  member_id: string;
  masked: string;
  created_at: string;
  revoked_at: string | null;
}
