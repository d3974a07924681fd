// Electron main's entry point.
import { runMain } from './app-main';

void runMain();
