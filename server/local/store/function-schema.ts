/**
 * SQLite schema of the function module (module name `functions`). Other modules may reference
 * `functions(id) ON DELETE CASCADE` and `function_versions(function_id, version) ON DELETE CASCADE`.
 */
export const FUNCTIONS_MODULE = 'functions';

export const FUNCTIONS_MIGRATIONS: readonly string[] = [
  `CREATE TABLE functions (
    id TEXT PRIMARY KEY,
    package TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    UNIQUE (package, name)
  );
  CREATE TABLE function_versions (
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    config TEXT NOT NULL,
    code_type TEXT NOT NULL,
    code_url TEXT NOT NULL DEFAULT '',
    code_filename TEXT NOT NULL DEFAULT '',
    code_digest TEXT NOT NULL DEFAULT '',
    code_size INTEGER NOT NULL DEFAULT 0,
    version_description TEXT NOT NULL DEFAULT '',
    image_name TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (function_id, version)
  );
  CREATE TABLE function_aliases (
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    additional_version_weights TEXT,
    additional_version_strategy TEXT,
    last_modified TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (function_id, name),
    FOREIGN KEY (function_id, version) REFERENCES function_versions(function_id, version) ON DELETE CASCADE
  );
  CREATE TABLE function_tags (
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (function_id, key)
  );`,
];

export interface FunctionRow {
  id: string;
  package: string;
  name: string;
  created_at: string;
  pinned: number;
}

export interface VersionRow {
  function_id: string;
  version: string;
  /** JSON of FunctionConfig. */
  config: string;
  code_type: string;
  code_url: string;
  code_filename: string;
  code_digest: string;
  code_size: number;
  version_description: string;
  image_name: string;
  last_modified: string;
  created_at: string;
}

export interface AliasRow {
  function_id: string;
  name: string;
  version: string;
  description: string;
  additional_version_weights: string | null;
  additional_version_strategy: string | null;
  last_modified: string;
  created_at: string;
}
