import { afterAll } from "vitest";
import { removeTempDirs } from "./repo.js";

// Runs in every test file, also where the support modules are shared between files
// (isolate: false): each file removes the temporary folders it made.
afterAll(removeTempDirs);
