// Server renders compile their components just in time, as TestBed does: Angular's compiler must be loaded first.
import '@angular/compiler';
