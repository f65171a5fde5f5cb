// What the library needs of '@tensorflow/tfjs' in the browser build: the core ops and the cpu and webgl
// backends (the wasm backend comes in through setBackend). build.mjs aliases '@tensorflow/tfjs' to this file so
// dist/ does not carry tfjs-layers, -converter and -data, which no site running an emlx model calls.
export * from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
