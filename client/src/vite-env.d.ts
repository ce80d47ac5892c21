// Vite's module types for the client: `?url` asset imports, CSS imports.
/// <reference types="vite/client" />
