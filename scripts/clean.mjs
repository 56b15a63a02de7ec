#!/usr/bin/env node
/** `npm run build`'s first step: empty dist/ and bundle/, so a file whose source is gone is never packed. */
import { rmSync } from 'node:fs';

for (const folder of ['dist', 'bundle']) rmSync(new URL(`../${folder}`, import.meta.url), { recursive: true, force: true });
