// Lays out 3D text (captions, VR buttons) on the main thread. The text library's workers rebuild their code from
// strings, which the server's Content-Security-Policy (no 'unsafe-eval') rightly refuses; caption text is short.

import { configureTextBuilder } from 'troika-three-text';

configureTextBuilder({ useWorker: false });
