import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import { AppComponent } from './app/app.component';
import { provideHubConfig } from './app/hub-config';

bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), provideHubConfig(window.location)],
}).catch((error: unknown) => console.error(error));
